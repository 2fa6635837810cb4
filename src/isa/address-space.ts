// The address-space layout every machine uses: where text, data, heap and stack go. The assembler
// needs it to resolve labels to addresses, the loader and interpreter to place and check memory.

/** Size of the reserved region at address 0: any access below this address traps. */
export const nullRegionSize = 0x10000;

/** Address of the first byte of the text segment. */
export const textBase = nullRegionSize;

/** Alignment of the data segment's start (and the largest alignment `vp-align` accepts). */
export const segmentAlignment = 4096;

/** Address of the data segment for a text segment of `textSize` bytes. */
export function dataBaseFor(textSize: number): number {
  return alignUp(textBase + textSize, segmentAlignment);
}

/** Address of the heap's first byte (the initial break) for the given segment sizes. */
export function heapBaseFor(textSize: number, dataSize: number, bssSize: number): number {
  return alignUp(dataBaseFor(textSize) + dataSize + bssSize, 16);
}

/** Round `n` up to a multiple of `alignment` (a power of two). */
export function alignUp(n: number, alignment: number): number {
  return Math.ceil(n / alignment) * alignment;
}
