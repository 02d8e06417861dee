// The animal and its owner, as a veterinary exit names them (administration or hand-over).
import type { AppError } from '../../../shared/errors';
import { fr } from '../../messages/fr';
import { LabelledText } from '../../components/LabelledField';
import { PersonNameField } from '../../components/PersonNameField';
import { Group } from './ExitFormParts';

const SPECIES = ['Chien', 'Chat', 'Cheval', 'Bovin', 'Ovin', 'Caprin', 'Porcin', 'Lapin', 'Furet', 'Oiseau'];

export const ANIMAL_OWNER_FIELDS = ['animal.identification', 'animal.species', 'owner.name', 'owner.address'] as const;

export interface AnimalOwnerValues {
  animalIdentification: string;
  animalSpecies: string;
  ownerName: string;
  ownerAddress: string;
}

export const NO_ANIMAL_OWNER: AnimalOwnerValues = { animalIdentification: '', animalSpecies: '', ownerName: '', ownerAddress: '' };

interface AnimalOwnerFieldsProps {
  values: AnimalOwnerValues;
  set: (field: keyof AnimalOwnerValues) => (value: string) => void;
  error: AppError | null;
}

export function AnimalOwnerFields({ values, set, error }: AnimalOwnerFieldsProps) {
  const t = fr.vetAdministration;
  return (
    <>
      <Group legend={t.animal}>
        <LabelledText
          name="animal.identification"
          label={t.identification}
          hint={t.identificationHint}
          value={values.animalIdentification}
          onChange={set('animalIdentification')}
          error={error}
          required
        />
        <LabelledText
          name="animal.species"
          label={t.species}
          value={values.animalSpecies}
          onChange={set('animalSpecies')}
          error={error}
          required
          suggestions={SPECIES}
        />
      </Group>
      <Group legend={t.owner}>
        <PersonNameField
          role="owner"
          name="owner.name"
          label={t.ownerName}
          value={values.ownerName}
          onChange={set('ownerName')}
          onChoose={(person) => {
            set('ownerName')(person.name);
            set('ownerAddress')(person.address);
          }}
          error={error}
          required
        />
        <LabelledText
          name="owner.address"
          label={t.ownerAddress}
          value={values.ownerAddress}
          onChange={set('ownerAddress')}
          error={error}
          required
          span="double"
        />
      </Group>
    </>
  );
}

/** The animal and owner of the event body, from the form's values. */
export function animalAndOwner(values: AnimalOwnerValues) {
  return {
    animal: { identification: values.animalIdentification, species: values.animalSpecies },
    owner: { name: values.ownerName, address: values.ownerAddress },
  };
}
