"""Hold one router module per resource: persons, events, documents, search, graph."""
