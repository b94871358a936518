// Tasks of a unit by deadline: every leaf task $unit leads or assists, soonest deadline first (tasks
// without a deadline last).
// @param unit: unit — the unit or group: its name, an alias or a former name, e.g. 市商务局
// @engines neo4j embedded
MATCH (u {name: $unit})-[r:LEADS|ASSISTS]->(t:Task)
WHERE t.has_parts = false
RETURN t.deadline AS deadline, t.doc AS doc, t.number AS number, type(r) AS role, t.text AS text
ORDER BY deadline, doc, number, role
