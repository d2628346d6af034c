// Replaces the webjar's initializer, which opens a demo document: this page sits at
// <context path>/apidocs/, and the instance's document beside that folder.
window.onload = function () {
  var documentUrl = new URL("../openapi.json", window.location.href).href;
  var token = null;

  // The document shows what the caller's roles open: when a token is authorized (or logged out),
  // the page fetches the document again as that caller.
  function reloadAsCaller(system) {
    var authorized = system.authSelectors.authorized();
    var value = authorized && authorized.getIn(["AuthorizationToken", "value"]);
    token = value ? String(value) : null;
    system.specActions.download(documentUrl);
  }
  function reloading(original, system) {
    return function (payload) {
      var result = original(payload);
      reloadAsCaller(system);
      return result;
    };
  }
  var ReloadForCaller = function () {
    return { statePlugins: { auth: { wrapActions: { authorize: reloading, logout: reloading } } } };
  };

  window.ui = SwaggerUIBundle({
    url: documentUrl,
    dom_id: "#swagger-ui",
    deepLinking: true,
    // One collapsed section per tag: an instance has hundreds of routes, too many to draw at once.
    docExpansion: "none",
    filter: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl, ReloadForCaller],
    layout: "StandaloneLayout",
    requestInterceptor: function (request) {
      if (token && request.url === documentUrl) {
        request.headers["Authorization-Token"] = token;
      }
      return request;
    }
  });
};
