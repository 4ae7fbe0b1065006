import { describe, expect, it } from 'vitest';
import { importProject } from './project_io';
import { zipArchive } from './zip_archive';

const newId = () => 'id';

describe('importProject', () => {
  it.each([
    {
      files: [new File(['{"format":"x"}'], 'class photos.zip')],
      message: '"class photos.zip": The file is not a ZIP archive',
    },
    {
      files: [
        new File(
          [zipArchive([{ name: 'a.txt', data: new Uint8Array(1) }]).slice().buffer],
          'old.zip',
        ),
      ],
      message: '"old.zip": There is no metadata.json',
    },
    {
      files: [new File(['{'], 'metadata.json'), new File(['{}'], 'model.json')],
      message: '"metadata.json", "model.json": metadata.json is not JSON',
    },
  ])('names the picked files in its refusal: $message', async ({ files, message }) => {
    await expect(importProject(files, newId)).rejects.toThrow(message);
  });
});
