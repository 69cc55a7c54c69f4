import { create } from 'zustand';
import { useUi } from '../../state/store';

interface AddFeedRequestStore {
  /** An address to preview as soon as the add box shows, as if typed there and submitted. */
  address: string | null;
}

export const useAddFeedRequest = create<AddFeedRequestStore>()(() => ({ address: null }));

/** Opens the add box on an address given from outside the window (a `feed:` link, the command line) and reads it. */
export function openAddFeedWith(address: string): void {
  useAddFeedRequest.setState({ address });
  useUi.getState().setAddFeedOpen(true);
}

/** The address waiting for the add box, taken so that it is read once, not again each time the box opens. */
export function takeAddFeedRequest(): string | null {
  const { address } = useAddFeedRequest.getState();
  if (address !== null) useAddFeedRequest.setState({ address: null });
  return address;
}
