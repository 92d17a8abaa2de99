// Stylesheets imported by components are Vite's business: in the specs (rendered with react-dom/server) they are nothing.
module.exports = {};
