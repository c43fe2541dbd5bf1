/**
 * Who uses this device in class: a student (the default) or the teacher. On a student's device a copy
 * of an assignment keeps the teacher's rules (locked points, allowed kinds) and shows only released
 * feedback; on the teacher's, a student's copy is open for feedback. Kept beside the library, so the
 * choice survives a reload; making an assignment or merging a class makes the device the teacher's.
 */
import { create } from "zustand";
import { CLASSROOM_ROLE_KEY } from "../persistence/storage-keys";

export type ClassroomRole = "student" | "teacher";

/** Where a device's settings are kept (the library's storage, see KeepCore.readSetting). */
export interface SettingsPort {
  readSetting(key: string): string | null;
  writeSetting(key: string, value: string): boolean;
}

export interface ClassroomRoleState {
  role: ClassroomRole;
  /** Reads the stored role once the library's storage is open; later changes are written there. */
  load(port: SettingsPort): void;
  setRole(role: ClassroomRole): void;
}

export function createClassroomRoleStore() {
  let settings: SettingsPort | null = null;
  return create<ClassroomRoleState>()((set, get) => ({
    role: "student",
    load: (port) => {
      settings = port;
      set({ role: port.readSetting(CLASSROOM_ROLE_KEY) === "teacher" ? "teacher" : "student" });
    },
    setRole: (role) => {
      if (get().role === role) return;
      set({ role });
      settings?.writeSetting(CLASSROOM_ROLE_KEY, role);
    },
  }));
}

export type ClassroomRoleStore = ReturnType<typeof createClassroomRoleStore>;
