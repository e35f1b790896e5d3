"""Records out: entities, relations and observations read from a prepared article."""
