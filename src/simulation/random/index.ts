/** Seeded randomness for the engines: generator, named streams, samplers, arrival processes. */
export { Rng, RNG_STATE } from './rng';
export { mix32, hashWords, expandSeed } from './seed';
export { Purpose, randomStream, randomStreams, seedDay, dayStream, DailyStreams } from './streams';
export { makeSampler, SamplerTable, sampleExponential, sampleStandardNormal, lognormalParameters, type Sampler } from './samplers';
export { ArrivalProcess, ARRIVAL_PROCESS_STATE, type ArrivalDays } from './arrivals';
export { standardExponential } from './ziggurat';
