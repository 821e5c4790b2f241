/*
 * Heltid i tall: sizes embedded iframes to their content, and tells them whether this page
 * is light or dark. Put it on the host page with the iframe(s) that carry the attribute
 * data-heltid-i-tall. A height is accepted only from the iframe that sent it, and only
 * from that iframe's origin.
 */
;(function () {
  'use strict'
  var HEIGHT = 'heltid-i-tall:height'
  var SCHEME = 'heltid-i-tall:color-scheme'
  if (window.__heltidITallEmbed) return
  window.__heltidITallEmbed = true
  var darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin
    } catch {
      return null
    }
  }

  // Dark only if the host page itself supports dark (color-scheme) and the system is dark.
  function schemeOf(frame) {
    var used = window.getComputedStyle(frame).colorScheme || ''
    if (!used || used === 'normal') {
      var meta = document.querySelector('meta[name="color-scheme"]')
      used = meta ? meta.getAttribute('content') || '' : ''
    }
    var hostDark = /\bdark\b/.test(used)
    var hostLight = /\blight\b/.test(used)
    var systemDark = !!(darkQuery && darkQuery.matches)
    return hostDark && (!hostLight || systemDark) ? 'dark' : 'light'
  }

  function tellScheme(frame, origin) {
    if (frame.contentWindow && origin) {
      frame.contentWindow.postMessage({ type: SCHEME, scheme: schemeOf(frame) }, origin)
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data
    if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !(data.height > 0))
      return
    var frames = document.querySelectorAll('iframe[data-heltid-i-tall]')
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i]
      if (frame.contentWindow !== event.source) continue
      var origin = originOf(frame)
      if (event.origin !== origin) return
      frame.style.height = Math.min(Math.ceil(data.height), 20000) + 'px'
      tellScheme(frame, origin)
      return
    }
  })

  if (darkQuery && darkQuery.addEventListener) {
    darkQuery.addEventListener('change', function () {
      var frames = document.querySelectorAll('iframe[data-heltid-i-tall]')
      for (var i = 0; i < frames.length; i++) tellScheme(frames[i], originOf(frames[i]))
    })
  }
})()
