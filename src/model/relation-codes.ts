/** The relations as the graph index codes them, in the order of RELATIONS. */
export const SUPPORT = 0;
export const ATTACK = 1;
export const UNDERCUT = 2;
