import sharp from 'sharp';
const [file, top, height, out] = process.argv.slice(2);
const m = await sharp(file).metadata();
await sharp(file).extract({ left: 0, top: +top, width: m.width!, height: Math.min(+height, m.height! - +top) }).toFile(out);
console.log(m.width, m.height);
