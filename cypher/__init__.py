"""Named Cypher queries and the analyst console (the Neo4j store's side; see issue 4)."""
