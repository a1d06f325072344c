// The simulator harness lives in tools/ because the bench drives it too; tests import it from here.
export * from '../../tools/miniprogram'
