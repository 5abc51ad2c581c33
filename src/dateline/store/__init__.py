"""Keep the record in SQLite: schema and migrations, the one writer, search, queries, linking, export."""
