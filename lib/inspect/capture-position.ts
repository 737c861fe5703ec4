export type Position = { latitude: string; longitude: string };

/**
 * The phone's position when the inspector allows it, else null (refused, unavailable or slow):
 * a check never waits on GPS for more than a few seconds. Six decimals are about 0.1 m.
 */
export function capturePosition(timeoutMs = 8000): Promise<Position | null> {
  if (typeof navigator === "undefined" || !navigator.geolocation) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ latitude: coords.latitude.toFixed(6), longitude: coords.longitude.toFixed(6) }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}
