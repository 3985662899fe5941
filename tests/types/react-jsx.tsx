// React 19's own custom-element support: the tags typed in JSX by door-help/react-jsx.
import 'door-help/define/all';
import type {} from 'door-help/react-jsx';

export function Page() {
  return (
    <door-help region="US">
      <door-emergency-steps heading-level={3} compact ondoor-call={(event) => console.log(event.detail.number)} />
      <door-diagnosis answers={{ locks: 'stuck' }} ondoor-result-change={(event) => console.log(event.detail.likelyCauses)} />
      <repair-cost cause="latch" />
    </door-help>
  );
}

// @ts-expect-error not an option of locks
export const wrong = <door-diagnosis answers={{ locks: 'jammed' }} />;
