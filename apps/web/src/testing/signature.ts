/** What the faked canvas answers for a drawing. */
export const SIGNATURE_PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** jsdom has no PointerEvent: a mouse event carrying a pointer id drives the same listeners. */
export function pointer(target: Element, type: string, x: number, y: number, pointerId = 1): void {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0 });
  Object.defineProperty(event, 'pointerId', { value: pointerId });
  target.dispatchEvent(event);
}

/** Signs in a signature pad's box: one short stroke. */
export function drawSignature(canvas: Element): void {
  pointer(canvas, 'pointerdown', 10, 10);
  pointer(canvas, 'pointermove', 40, 30);
  pointer(canvas, 'pointerup', 40, 30);
}

/** jsdom cannot draw: a context that accepts every call, and a fixed PNG. Undo with jest.restoreAllMocks(). */
export function fakeCanvas(): void {
  const context = new Proxy({}, { get: () => () => undefined, set: () => true });
  jest
    .spyOn(HTMLCanvasElement.prototype, 'getContext')
    .mockImplementation(() => context as unknown as CanvasRenderingContext2D);
  jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(SIGNATURE_PNG);
}
