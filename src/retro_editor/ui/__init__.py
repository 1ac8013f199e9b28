"""Qt widgets: main window, outline view, editor, preview, side panel, dialogs."""
