// Replaces the webjar's initializer, which opens a demo document: this page sits at
// <context path>/apidocs/, and the instance's document beside that folder.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: new URL("../openapi.json", window.location.href).href,
    dom_id: "#swagger-ui",
    deepLinking: true,
    // One collapsed section per tag: an instance has hundreds of routes, too many to draw at once.
    docExpansion: "none",
    filter: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout"
  });
};
