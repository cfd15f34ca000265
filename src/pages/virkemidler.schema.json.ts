/** JSON Schema of /virkemidler.json, generated from the same Zod schema the data is typed with. */
import type { APIRoute } from 'astro';
import { jsonSchemaOf, measuresFileSchema } from '../lib/open-data';
import { openDataUrls } from '../lib/share/data-urls';
import { siteOrigin } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const schema = jsonSchemaOf(measuresFileSchema, openDataUrls(siteOrigin(site), 'measures').schema);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
