import { i18n } from "../../i18n/index";
import catalog from "./en.json";

// The indicators pages' English strings live beside them; merged once when any of them loads.
i18n.addResources("en", "translation", catalog);
