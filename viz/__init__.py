"""Interactive HTML views and static charts of coordination load (see issue 5)."""
