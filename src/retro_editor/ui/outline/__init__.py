"""The outline pane: the article's sections as a tree, kept in step with the text."""
