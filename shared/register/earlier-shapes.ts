// Events written before the register asked for a field still verify as they were written
// (journal format, § 3.7): each earlier shape says how to recognise it, which stand-ins
// the rules check it with, and what the comparison with the stored event leaves out.

type Fields = Record<string, unknown>;

interface EarlierShape {
  /** Whether the stored event (without its sealing fields) has this earlier shape. */
  matches(stored: Fields): boolean;
  /** The body handed to today's rules: what the event lacks, given a stand-in. */
  withStandIns(body: Fields, operationDate: string): Fields;
  /** What the rules derived, as the earlier shape wrote it: the stand-ins taken out. */
  withoutStandIns(expected: Fields): void;
}

/** A theft recorded before the register asked for the days of the complaint and of the declarations. */
const THEFT_DATES = ['policeReportDate', 'regionalDeclarationDate', 'agencyDeclarationDate'] as const;

const theftWithoutDates: EarlierShape = {
  matches: (stored) => stored.type === 'theft' && THEFT_DATES.every((key) => stored[key] === undefined),
  // Checked as the day the theft was found.
  withStandIns: (body, operationDate) => ({ ...body, ...Object.fromEntries(THEFT_DATES.map((key) => [key, operationDate])) }),
  withoutStandIns: (expected) => {
    for (const key of THEFT_DATES) delete expected[key];
  },
};

/** A bearer recorded before the register asked for their address (art. R. 5132-35): a name and an identity document. */
const ADDRESS_NOT_ASKED = 'adresse non demandée alors';

const bearerWithoutAddress: EarlierShape = {
  matches: (stored) => {
    const bearer = stored.bearer as Fields | undefined;
    return stored.type === 'dispensation' && bearer !== undefined && bearer.address === undefined && bearer.known === undefined;
  },
  withStandIns: (body) => ({ ...body, bearer: { ...(body.bearer as Fields), address: ADDRESS_NOT_ASKED } }),
  withoutStandIns: (expected) => {
    const { address: _standIn, ...bearer } = expected.bearer as Fields;
    expected.bearer = bearer;
  },
};

const EARLIER_SHAPES: readonly EarlierShape[] = [theftWithoutDates, bearerWithoutAddress];

/** The earlier shapes the stored event has; none for an event written as today. */
export function earlierShapesOf(stored: Fields): readonly EarlierShape[] {
  return EARLIER_SHAPES.filter((shape) => shape.matches(stored));
}
