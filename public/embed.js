/*
 * Heltid i tall: sizes embedded iframes to their content.
 * Put it on the host page with the iframe(s) that carry the attribute data-heltid-i-tall.
 * It accepts a height only from the iframe that sent it, and only from that iframe's origin.
 */
;(function () {
  'use strict'
  var TYPE = 'heltid-i-tall:height'
  if (window.__heltidITallEmbed) return
  window.__heltidITallEmbed = true

  window.addEventListener('message', function (event) {
    var data = event.data
    if (!data || data.type !== TYPE || typeof data.height !== 'number' || !(data.height > 0)) return
    var frames = document.querySelectorAll('iframe[data-heltid-i-tall]')
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i]
      if (frame.contentWindow !== event.source) continue
      var origin
      try {
        origin = new URL(frame.src, document.baseURI).origin
      } catch {
        return
      }
      if (event.origin !== origin) return
      frame.style.height = Math.min(Math.ceil(data.height), 20000) + 'px'
      return
    }
  })
})()
