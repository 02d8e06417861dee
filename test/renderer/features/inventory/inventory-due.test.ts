import { describe, expect, it } from 'vitest';
import { inventoryDue } from '../../../../renderer/features/inventory/record-inventory';

describe('the annual inventory reminder', () => {
  it('is silent until the last inventory is more than 12 months old', () => {
    expect(inventoryDue('2025-11-23', '2024-01-10', '2026-11-23')).toBeNull();
    expect(inventoryDue('2025-11-23', '2024-01-10', '2026-11-24')).toEqual({ since: 'inventory', day: '2025-11-23' });
  });

  it('counts from the opening when there has been no inventory', () => {
    expect(inventoryDue(null, '2026-03-02', '2026-11-23')).toBeNull();
    expect(inventoryDue(null, '2025-03-02', '2026-03-03')).toEqual({ since: 'opening', day: '2025-03-02' });
  });

  it('reads 29 February a year later as 1 March', () => {
    expect(inventoryDue('2024-02-29', '2020-01-01', '2025-03-01')).toBeNull();
    expect(inventoryDue('2024-02-29', '2020-01-01', '2025-03-02')).not.toBeNull();
  });
});
