import { i18n } from "../../i18n/index";
import catalog from "./en.json";
import "../supervision/supervision-i18n";

// The dashboard's English strings live beside it; the supervision vocabulary comes with its own catalog.
i18n.addResources("en", "translation", catalog);
