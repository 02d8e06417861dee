// Characterisation: the journals the tests and the app write replay without a fault.
import { describe, expect, it } from 'vitest';
import { replayJournal } from '../../../shared/register/replay';
import { sealedSlice } from '../../fixtures/events';
import { eventsWithEdition } from '../../fixtures/package';
import { closedScenarioEvents, scenarioEvents, veterinaryEvents } from '../editions/scenario';

describe('replayJournal on valid journals', () => {
  it.each([
    ['the four-event slice', sealedSlice],
    ['a slice with an edition', eventsWithEdition],
    ['the officine scenario', scenarioEvents],
    ['the veterinary scenario', veterinaryEvents],
    ['the scenario with monthly closures', closedScenarioEvents],
  ])('finds no fault in %s', (_name, events) => {
    expect(replayJournal(events())).toBeNull();
  });
});
