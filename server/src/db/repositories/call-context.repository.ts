import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../store';
import { rowsOf } from '../sql-results';

/** An agent as a PBX names them. */
export interface AgentRef {
  id: string;
  displayName: string;
  extension: string | null;
  email: string;
  phone: string | null;
}

export interface CallContext {
  customers: Array<{ id: string; displayName: string }>;
  blocked: boolean;
  agents: AgentRef[];
}

const list = (values: string[]) => sql`array(select json_array_elements_text(${JSON.stringify(values)}::json))`;

/**
 * Who calls (customers with the number), whether the number is blocked, and which agents the PBX
 * named: one round trip, because a new call's screen pop waits for it.
 */
export async function findCallContext(
  db: DbOrTx,
  input: { phones: string[]; blockKeys: string[]; agentTexts: string[]; agentPhones: string[] },
): Promise<CallContext> {
  const lower = input.agentTexts.map((t) => t.toLowerCase());
  const result = await db.execute(sql`
    select
      (select coalesce(json_agg(distinct jsonb_build_object('id', c.id, 'displayName', c.display_name)), '[]'::json)
         from customer_identities i join customers c on c.id = i.customer_id
        where i.kind = 'phone' and i.value = any(${list(input.phones)})) as customers,
      exists (select 1 from blocked_numbers b where b.value = any(${list(input.blockKeys)})) as blocked,
      (select coalesce(json_agg(json_build_object('id', a.id, 'displayName', a.display_name, 'extension', a.extension,
                                                  'email', a.email, 'phone', a.phone)), '[]'::json)
         from agents a
        where a.active and (a.extension = any(${list(input.agentTexts)}) or a.email = any(${list(lower)})
                            or lower(a.display_name) = any(${list(lower)}) or a.phone = any(${list(input.agentPhones)}))) as agents`);
  const row = rowsOf(result)[0]!;
  return {
    customers: (row.customers as CallContext['customers']).slice(0, 10),
    blocked: Boolean(row.blocked),
    agents: row.agents as AgentRef[],
  };
}
