namespace UNModel.Testing;

/// <summary>
/// Small files in the UN Digital Library's voting-data layouts (the columns of its General Assembly and Security Council
/// exports), written for the tests; the rows are made up to exercise each case (an observer, an unknown code, a bad vote).
/// </summary>
internal static class UndlSamples
{
    internal const string GeneralAssembly =
        "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link\n" +
        "4076672,UKR,UKRAINE,Y,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,\"Advancing a comprehensive, just and lasting peace in Ukraine\",Letter dated 28 February 2014,UKRAINE--POLITICAL CONDITIONS|PEACE,,2,1,1,1,5,https://digitallibrary.un.org/record/4076672\n" +
        "4076672,USA,UNITED STATES,N,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,\"Advancing a comprehensive, just and lasting peace in Ukraine\",Letter dated 28 February 2014,UKRAINE--POLITICAL CONDITIONS|PEACE,,2,1,1,1,5,https://digitallibrary.un.org/record/4076672\n" +
        "4076672,CHN,CHINA,A,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,\"Advancing a comprehensive, just and lasting peace in Ukraine\",Letter dated 28 February 2014,UKRAINE--POLITICAL CONDITIONS|PEACE,,2,1,1,1,5,https://digitallibrary.un.org/record/4076672\n" +
        "4076672,FRA,FRANCE,Y,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,\"Advancing a comprehensive, just and lasting peace in Ukraine\",Letter dated 28 February 2014,UKRAINE--POLITICAL CONDITIONS|PEACE,,2,1,1,1,5,https://digitallibrary.un.org/record/4076672\n" +
        "4076672,VEN,VENEZUELA (BOLIVARIAN REPUBLIC OF),X,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,\"Advancing a comprehensive, just and lasting peace in Ukraine\",Letter dated 28 February 2014,UKRAINE--POLITICAL CONDITIONS|PEACE,,2,1,1,1,5,https://digitallibrary.un.org/record/4076672\n" +
        "4076672,PSE,STATE OF PALESTINE,Y,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,title,agenda,,,2,1,1,1,5,\n" +
        "4076672,ATL,ATLANTIS,Y,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,title,agenda,,,2,1,1,1,5,\n" +
        "4076672,DEU,GERMANY,MAYBE,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,title,agenda,,,2,1,1,1,5,\n" +
        "4076672,GBR,UNITED KINGDOM,Y,2025-02-25,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,title,agenda,,,2,1,1,1,5,\n";

    internal const string SecurityCouncil =
        "undl_id,ms_code,ms_name,ms_vote,date,resolution,draft,meeting,description,agenda,subjects,modality,vote_note,permanent_member,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link\n" +
        "1,USA,UNITED STATES,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,TRUE,9,1,5,0,15,\n" +
        "1,GBR,UNITED KINGDOM,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,TRUE,9,1,5,0,15,\n" +
        "1,FRA,FRANCE,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,TRUE,9,1,5,0,15,\n" +
        "1,RUS,RUSSIAN FEDERATION,N,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,TRUE,9,1,5,0,15,\n" +
        "1,CHN,CHINA,A,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,TRUE,9,1,5,0,15,\n" +
        "1,DNK,DENMARK,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,GRC,GREECE,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,SVN,SLOVENIA,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,KOR,REPUBLIC OF KOREA,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,PAN,PANAMA,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,GUY,GUYANA,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,TRUE,9,1,5,0,15,\n" +
        "1,DZA,ALGERIA,A,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,PAK,PAKISTAN,A,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,SLE,SIERRA LEONE,A,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,SOM,SOMALIA,A,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,BRA,BRAZIL,NV,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "2,USA,UNITED STATES,Y,1960-06-23,S/RES/138 (1960),S/4349,S/PV.868,Question relating to the case of Adolf Eichmann,,,Voting,,TRUE,,,,,,\n" +
        "2,RUS,USSR,A,1960-06-23,S/RES/138 (1960),S/4349,S/PV.868,Question relating to the case of Adolf Eichmann,,,Voting,,TRUE,,,,,,\n";
}
