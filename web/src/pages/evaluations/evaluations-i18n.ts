import { i18n } from "../../i18n/index";
import catalog from "./en.json";
import "../supervision/supervision-i18n";

// The evaluation pages' English strings live beside them; the light labels come with the supervision catalog.
i18n.addResources("en", "translation", catalog);
