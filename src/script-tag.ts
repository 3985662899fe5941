// The one-file build for a plain <script src>: registers every element, exposes nothing global.
import './define/all.js';
