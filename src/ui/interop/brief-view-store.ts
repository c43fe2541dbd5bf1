/** Whether the printable brief is showing: reader state, never saved. */
import { create } from "zustand";

export const useBriefView = create<{ open: boolean }>()(() => ({ open: false }));

export const openBrief = () => useBriefView.setState({ open: true });
export const closeBrief = () => useBriefView.setState({ open: false });
