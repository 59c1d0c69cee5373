import { i18n } from "../../i18n/index";
import catalog from "./en.json";
import "../supervision/supervision-i18n";

// The task pages' English strings live beside them; the supervision vocabulary comes with its own catalog.
i18n.addResources("en", "translation", catalog);
