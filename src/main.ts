// Entry point of the explorer page: defining the root element is all it takes.
import './ui/memograph-app.ts';
