import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { ImportFailure, malformedZip } from './import-failure';
import type { ImportLimits } from './import-limits';

/**
 * Just enough of the zip format for XLSX files, with the limits that keep a crafted file from
 * exhausting memory:
 * - the central directory is read first; encrypted entries, zip64 and methods other than stored and
 *   deflate are refused; every declared size is checked against the part and ratio limits;
 * - a part is inflated by node:zlib with `maxOutputLength` set to its declared size, so the inflater
 *   itself stops as soon as the real output passes what the headers claim (headers can lie), and
 *   the declared size is already within the limits. The CRC-32 is checked too.
 * Only the parts the reader asks for are ever inflated.
 */
export interface ZipEntry {
  /** As stored in the archive. */
  name: string;
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Part names are compared as OPC does: without a leading slash, case-insensitively. */
export const partKey = (name: string) => name.replace(/^\/+/, '').toLowerCase();

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private inflatedBytes = 0;

  constructor(
    private readonly buffer: Buffer,
    private readonly limits: ImportLimits,
  ) {
    for (const entry of readCentralDirectory(buffer, limits)) {
      const key = partKey(entry.name);
      if (this.entries.has(key)) throw malformedZip(`duplicate entry ${entry.name}`);
      this.entries.set(key, entry);
    }
  }

  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.name);
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /** The part's bytes, or null when the archive has no such part. */
  read(name: string): Buffer | null {
    const entry = this.entries.get(partKey(name));
    if (!entry) return null;
    const { maxPartBytes, maxTotalBytes, maxRatio, ratioFloorBytes } = this.limits;
    if (entry.encrypted) throw new ImportFailure(415, 'ENCRYPTED');
    if (entry.uncompressedSize > maxPartBytes) {
      throw new ImportFailure(413, 'PART_TOO_LARGE', { part: entry.name, size: entry.uncompressedSize, max: maxPartBytes });
    }
    if (entry.uncompressedSize > ratioFloorBytes && entry.uncompressedSize > entry.compressedSize * maxRatio) {
      throw new ImportFailure(413, 'ZIP_BOMB', { part: entry.name, ratio: maxRatio });
    }
    if (this.inflatedBytes + entry.uncompressedSize > maxTotalBytes) {
      throw new ImportFailure(413, 'PART_TOO_LARGE', {
        part: entry.name,
        size: this.inflatedBytes + entry.uncompressedSize,
        max: maxTotalBytes,
      });
    }
    const data = this.compressedData(entry);
    let bytes: Buffer;
    if (entry.method === 0) {
      bytes = data;
    } else {
      try {
        bytes = inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
          throw new ImportFailure(413, 'SIZE_MISMATCH', { part: entry.name });
        throw malformedZip(`${entry.name} cannot be unpacked`);
      }
    }
    if (bytes.length !== entry.uncompressedSize) {
      if (bytes.length > entry.uncompressedSize) throw new ImportFailure(413, 'SIZE_MISMATCH', { part: entry.name });
      throw malformedZip(`${entry.name} is shorter than declared`);
    }
    if (crc32(bytes) !== entry.crc) throw malformedZip(`${entry.name} fails its checksum`);
    this.inflatedBytes += bytes.length;
    return bytes;
  }

  private compressedData(entry: ZipEntry): Buffer {
    const { buffer } = this;
    const at = entry.localHeaderOffset;
    if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_SIGNATURE) throw malformedZip(`no local header for ${entry.name}`);
    if (buffer.readUInt16LE(at + 6) & 0x1) throw new ImportFailure(415, 'ENCRYPTED');
    const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > buffer.length) throw malformedZip(`${entry.name} is cut short`);
    return buffer.subarray(start, end);
  }
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = buffer.length - EOCD_SIZE; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) === EOCD_SIGNATURE && at + EOCD_SIZE + buffer.readUInt16LE(at + 20) === buffer.length) return at;
  }
  throw malformedZip('no end of central directory');
}

function readCentralDirectory(buffer: Buffer, limits: ImportLimits): ZipEntry[] {
  if (buffer.length < EOCD_SIZE) throw malformedZip('too short');
  const eocd = findEndOfCentralDirectory(buffer);
  const count = buffer.readUInt16LE(eocd + 10);
  const size = buffer.readUInt32LE(eocd + 12);
  const offset = buffer.readUInt32LE(eocd + 16);
  if (buffer.readUInt16LE(eocd + 4) !== 0 || buffer.readUInt16LE(eocd + 6) !== 0 || buffer.readUInt16LE(eocd + 8) !== count) {
    throw malformedZip('multi-part archive');
  }
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw malformedZip('zip64 is not supported');
  if (count > limits.maxZipEntries) throw malformedZip(`more than ${limits.maxZipEntries} entries`);
  if (offset + size > eocd) throw malformedZip('central directory out of bounds');

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw malformedZip('bad central directory entry');
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const name = buffer.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name,
      method,
      encrypted: (flags & 0x1) !== 0 || method === 99,
      crc: buffer.readUInt32LE(at + 16),
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      localHeaderOffset: buffer.readUInt32LE(at + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
      throw malformedZip('zip64 is not supported');
    }
    if (!entry.encrypted && method !== 0 && method !== 8) throw malformedZip(`unsupported compression method ${method} in ${name}`);
    if (entry.localHeaderOffset >= offset) throw malformedZip(`${name} starts inside the central directory`);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export interface ZipInput {
  name: string;
  data: Buffer;
}

/** A zip archive of the given files, deflated (for the generated template). */
export function writeZip(files: ZipInput[], modified = new Date()): Buffer {
  const time = (modified.getHours() << 11) | (modified.getMinutes() << 5) | Math.floor(modified.getSeconds() / 2);
  const date = ((Math.max(modified.getFullYear(), 1980) - 1980) << 9) | ((modified.getMonth() + 1) << 5) | modified.getDate();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const compressed = deflateRawSync(file.data);
    const crc = crc32(file.data);
    // The local and the central header share one run of fields (version needed .. name length).
    const entry = { time, date, crc, compressedSize: compressed.length, size: file.data.length, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    writeEntryFields(local, 4, entry);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    central.writeUInt16LE(20, 4);
    writeEntryFields(central, 6, entry);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(EOCD_SIZE);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

interface EntryFields {
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
}

/** Version needed (2.0), flags (UTF-8 names), method (deflate), time, date, CRC-32, sizes and name length, from `at`. */
function writeEntryFields(header: Buffer, at: number, entry: EntryFields): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x800, at + 2);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt16LE(entry.time, at + 6);
  header.writeUInt16LE(entry.date, at + 8);
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(entry.compressedSize, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.nameLength, at + 22);
}
