// React 18/19 with door-help/react: typed props and events.
import { DoorDiagnosis, DoorEmergencySteps, DoorHelp, RepairCost } from 'door-help/react';

export function App() {
  return (
    <DoorHelp region="GB" currency="GBP">
      <DoorEmergencySteps compact onCall={(event) => console.log(event.detail.number)} />
      <DoorDiagnosis
        id="dx"
        answers={{ opensOutside: 'yes', history: ['water'] }}
        onResultChange={(event) => {
          const verdict: string = event.detail.verdict;
          console.log(event.detail.topCause, verdict);
        }}
      />
      <RepairCost htmlFor="dx" onConfigError={(event) => console.warn(event.detail.message)} />
    </DoorHelp>
  );
}

// @ts-expect-error not an option of doorPosition
export const wrongAnswer = <DoorDiagnosis answers={{ doorPosition: 'middle' }} />;
// @ts-expect-error the event handler gets the typed event, which has no such field
export const wrongDetail = <DoorDiagnosis onResultChange={(event) => event.detail.nonsense} />;
