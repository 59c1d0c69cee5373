import { i18n } from "../../i18n/index";
import catalog from "./en.json";

// The portal's English strings live beside it; merged once when the portal loads.
i18n.addResources("en", "translation", catalog);
