// Starts Microsoft's Web Chat against this server's own Direct Line endpoint (same origin, no CDN).
(function () {
  'use strict';
  var status = document.getElementById('status');

  function show(text) {
    status.textContent = text;
    status.hidden = false;
  }

  function browserLocale() {
    var wanted = (navigator.languages && navigator.languages[0]) || navigator.language || 'nl-NL';
    return /^en\b/i.test(wanted) ? wanted : 'nl-NL';
  }

  // A stable id per browser, so the bot recognises a returning user (and greets only once).
  function userId() {
    var key = 'tipbot.userId';
    try {
      var id = window.localStorage.getItem(key);
      if (!id) {
        id = 'dl_' + Array.from(window.crypto.getRandomValues(new Uint8Array(12)), function (b) {
          return b.toString(16).padStart(2, '0');
        }).join('');
        window.localStorage.setItem(key, id);
      }
      return id;
    } catch (e) {
      return undefined;
    }
  }

  function explain(statusCode) {
    if (statusCode === 401 || statusCode === 403) {
      return 'Deze server laat de chat alleen toe met een geheime sleutel. Vraag de beheerder om toegang.';
    }
    if (statusCode === 404) {
      return 'De chat staat uit op deze server. Vraag de beheerder om Direct Line aan te zetten.';
    }
    return 'De chat kan nu niet starten. Probeer het zo nog eens.';
  }

  async function start() {
    if (!window.WebChat) {
      show('De chat kan niet laden: het bestand lib/webchat.js ontbreekt op de server. ' +
        'Beheerder: voer scripts/setup.sh uit en start TipBot opnieuw.');
      return;
    }
    var locale = browserLocale();
    var user = userId();
    var response;
    try {
      response = await fetch('/v3/directline/tokens/generate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(user ? { user: { id: user }, locale: locale } : { locale: locale })
      });
    } catch (e) {
      show('TipBot is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.');
      return;
    }
    if (!response.ok) {
      show(explain(response.status));
      return;
    }
    var token = (await response.json()).token;
    var directLine = window.WebChat.createDirectLine({
      domain: window.location.origin + '/v3/directline',
      token: token,
      webSocket: true
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      userID: user,
      locale: locale,
      styleOptions: {
        accent: '#154273',
        botAvatarInitials: 'TB',
        hideUploadButton: true,
        bubbleBorderRadius: 8,
        bubbleFromUserBorderRadius: 8,
        bubbleFromUserBackground: '#e8f0f8',
        primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
      }
    }, document.getElementById('webchat'));
    var box = document.querySelector('#webchat input, #webchat textarea');
    if (box) { box.focus(); }
  }

  start();
})();
