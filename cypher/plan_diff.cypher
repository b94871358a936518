// Plan diff: how many leaf tasks each unit leads and assists in plan $doc_a and in plan $doc_b, and
// whether it appeared, disappeared, changed or stayed the same by those counts (renamed units are one
// unit: names are canonical). `agencygraph diff` also compares co-ownership ranks.
// @param doc_a: doc — the first plan: its 文号, file name or a unique part, e.g. 武政〔2018〕50号
// @param doc_b: doc — the second plan: its 文号, file name or a unique part, e.g. 武政办〔2023〕84号
// @engines neo4j
MATCH (u)-[r:LEADS|ASSISTS]->(t:Task)
WHERE (u:Unit OR u:Group) AND t.has_parts = false AND t.doc IN [$doc_a, $doc_b]
WITH u,
     count(DISTINCT CASE WHEN t.doc = $doc_a AND type(r) = 'LEADS' THEN t END) AS leads_a,
     count(DISTINCT CASE WHEN t.doc = $doc_b AND type(r) = 'LEADS' THEN t END) AS leads_b,
     count(DISTINCT CASE WHEN t.doc = $doc_a AND type(r) = 'ASSISTS' THEN t END) AS assists_a,
     count(DISTINCT CASE WHEN t.doc = $doc_b AND type(r) = 'ASSISTS' THEN t END) AS assists_b
RETURN u.name AS unit, leads_a, leads_b, assists_a, assists_b,
       CASE WHEN leads_a + assists_a = 0 THEN 'appeared'
            WHEN leads_b + assists_b = 0 THEN 'disappeared'
            WHEN leads_a <> leads_b OR assists_a <> assists_b THEN 'changed'
            ELSE 'same' END AS change
ORDER BY unit
