"""Tools for tests, demos and `make run`, never imported by the production stages: the local feed
server (``feedserver``) behind `wirelake serve`."""
