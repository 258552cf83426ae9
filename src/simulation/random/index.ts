/** Seeded randomness for the engines: generator, named streams, samplers, arrival processes. */
export { Rng } from './rng';
export { mix32, hashWords, expandSeed } from './seed';
export { Purpose, randomStream } from './streams';
export { makeSampler, sampleExponential, sampleStandardNormal, lognormalParameters, type Sampler } from './samplers';
export { ArrivalProcess } from './arrivals';
