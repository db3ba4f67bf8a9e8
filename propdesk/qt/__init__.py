"""The only package that imports PySide6: the app, the main window shell, views and dialogs."""
