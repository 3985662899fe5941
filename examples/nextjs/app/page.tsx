// A server component: the page is rendered on the server (here at build time), and the client
// component below renders the elements there too, then hydrates them in the browser.
import { DoorHelpDemo } from './door-help-demo';

export default function Page() {
  return (
    <main>
      <h1>Door will not open from inside?</h1>
      <DoorHelpDemo />
    </main>
  );
}
