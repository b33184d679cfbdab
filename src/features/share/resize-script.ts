/**
 * The few lines a host page needs so that each embedded view's iframe takes its content's height.
 * ES5 and self-contained: intranet editors and slide tools paste it as it is.
 */

/** The message type the embedded views post (the embed feature sends it). */
export const RESIZE_MESSAGE = 'summit-timeline:resize';

/**
 * The host-page script: on a resize message from `appOrigin`, sets the height of the iframe whose
 * window sent it. Other messages and other origins are ignored.
 */
export const resizeScript = (appOrigin: string): string =>
  `<script>
  // Summit Timeline: fit each embedded view's iframe to its content.
  window.addEventListener('message', function (event) {
    if (event.origin !== ${JSON.stringify(appOrigin)}) return;
    var data = event.data;
    if (!data || data.type !== ${JSON.stringify(RESIZE_MESSAGE)} || !(data.height > 0)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = data.height + 'px';
    }
  });
</script>`;
