"""Groups that mix students who have not yet worked together: the search (mixing, with _problem, _search and
_designs beside it; pure, standard library only) and the `groups` command (cli). Importing this package loads
neither, so the command line's parser costs nothing at start-up."""
