'use client';
// The elements from a client component: door-help/react's typed components (importing it defines
// the elements in the browser; on the server it renders the tags). The preset and the event
// handler are set by React after hydration.
import { useState } from 'react';
import { DoorDiagnosis, DoorEmergencySteps, DoorHelp, RepairCost } from 'door-help/react';
import 'door-help/locales/es';

export function DoorHelpDemo() {
  const [renders, setRenders] = useState(1);
  const [topCause, setTopCause] = useState('');
  const [spanish, setSpanish] = useState(false);
  return (
    <>
      <p id="status">{`renders: ${renders}; top cause: ${topCause || 'none'}`}</p>
      <button id="rerender" onClick={() => setRenders((n) => n + 1)}>Re-render</button>{' '}
      <button id="spanish" onClick={() => setSpanish(true)}>Español</button>
      <DoorHelp region="GB" lang={spanish ? 'es' : 'en-GB'}>
        <DoorEmergencySteps compact />
        {/* A new, equal object on every render: the reader's own answers must survive it. */}
        <DoorDiagnosis
          id="dx"
          answers={{ doorPosition: 'rear' }}
          onResultChange={(event) => {
            setTopCause(event.detail.topCause);
            setRenders((n) => n + 1);
          }}
        />
        <RepairCost htmlFor="dx" />
      </DoorHelp>
    </>
  );
}
