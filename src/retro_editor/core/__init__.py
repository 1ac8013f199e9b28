"""The project model, manifest schema, outline and storage. Imports no Qt."""
