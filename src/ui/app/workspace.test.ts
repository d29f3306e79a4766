import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Scenario } from '../../scenario/types';
import { emptyWorkspace, workspaceReducer, type Loaded } from './workspace';

function scenario(title: string): Scenario {
  return {
    format: SCENARIO_FORMAT,
    version: 1,
    title,
    accounts: [],
    principals: [],
    groups: [],
    keys: [],
    grants: [],
    vpcEndpoints: [],
    requests: [],
  };
}

const loaded = (title: string): Loaded => ({
  scenario: scenario(title),
  warnings: [],
  origin: { kind: 'text' },
  text: `{"title":"${title}"}`,
});

const problem = { title: 'This is not valid JSON.', issues: [] };

describe('workspaceReducer', () => {
  it('keeps the text and the scenario when input fails', () => {
    let state = workspaceReducer(emptyWorkspace(), { type: 'loaded', ...loaded('first') });
    state = workspaceReducer(state, { type: 'textChanged', text: '{ broken' });
    state = workspaceReducer(state, { type: 'inputFailed', problem });
    expect(state.text).toBe('{ broken');
    expect(state.scenario?.title).toBe('first');
    expect(state.inputProblem).toBe(problem);
  });

  it('clears problems and bumps the revision on a load', () => {
    let state = workspaceReducer(emptyWorkspace(), { type: 'inputFailed', problem });
    state = workspaceReducer(state, { type: 'loaded', ...loaded('next') });
    expect(state.inputProblem).toBeNull();
    expect(state.revision).toBe(1);
  });

  it('leaves the current scenario in place when a link fails', () => {
    let state = workspaceReducer(emptyWorkspace(), { type: 'loaded', ...loaded('mine') });
    state = workspaceReducer(state, { type: 'linkOpening' });
    state = workspaceReducer(state, { type: 'linkFailed', problem, fallback: loaded('example') });
    expect(state.scenario?.title).toBe('mine');
    expect(state.text).toBe('{"title":"mine"}');
    expect(state.shareProblem).toBe(problem);
    expect(state.openingLink).toBe(false);
  });

  it('falls back to the example when a link fails before anything loaded', () => {
    const start = { ...emptyWorkspace(), openingLink: true };
    const state = workspaceReducer(start, { type: 'linkFailed', problem, fallback: loaded('ex') });
    expect(state.scenario?.title).toBe('ex');
    expect(state.shareProblem).toBe(problem);
  });
});
