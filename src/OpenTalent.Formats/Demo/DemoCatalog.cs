namespace OpenTalent.Formats.Demo;

/// <summary>A place to work: <paramref name="PayFactor"/> turns a US national wage into local pay in <paramref name="Currency"/>.</summary>
internal sealed record DemoCity(string City, string Region, string Country, string CountryName, string Currency, double PayFactor);

/// <summary>An employer as the catalog describes it, before members are named.</summary>
/// <param name="Share">Its part of all postings.</param>
/// <param name="RemoteShare">Of its postings, the part open to remote work; <paramref name="HybridShare"/> likewise.</param>
internal sealed record DemoEmployerPlan(
    string Key, string Name, string Description, string Industry, string Domain, double Share, double RemoteShare, double HybridShare,
    IReadOnlyList<DemoTeam> Teams, IReadOnlyList<DemoCity> Cities);

/// <summary>The fixed, fictional world the demo is drawn in: employers, teams, cities, schools and names.</summary>
internal static class DemoCatalog
{
    public static readonly DemoCity SanFrancisco = new("San Francisco", "CA", "US", "USA", "USD", 1.25);
    public static readonly DemoCity NewYork = new("New York", "NY", "US", "USA", "USD", 1.2);
    public static readonly DemoCity Seattle = new("Seattle", "WA", "US", "USA", "USD", 1.15);
    public static readonly DemoCity Austin = new("Austin", "TX", "US", "USA", "USD", 1.0);
    public static readonly DemoCity Boston = new("Boston", "MA", "US", "USA", "USD", 1.12);
    public static readonly DemoCity Chicago = new("Chicago", "IL", "US", "USA", "USD", 1.03);
    public static readonly DemoCity Denver = new("Denver", "CO", "US", "USA", "USD", 1.02);
    public static readonly DemoCity Ashburn = new("Ashburn", "VA", "US", "USA", "USD", 1.05);
    public static readonly DemoCity Dallas = new("Dallas", "TX", "US", "USA", "USD", 0.98);
    public static readonly DemoCity Phoenix = new("Phoenix", "AZ", "US", "USA", "USD", 0.95);
    public static readonly DemoCity Columbus = new("Columbus", "OH", "US", "USA", "USD", 0.92);
    public static readonly DemoCity Atlanta = new("Atlanta", "GA", "US", "USA", "USD", 0.97);
    public static readonly DemoCity Portland = new("Portland", "OR", "US", "USA", "USD", 1.0);
    public static readonly DemoCity SanJose = new("San Jose", "CA", "US", "USA", "USD", 1.27);
    public static readonly DemoCity Boise = new("Boise", "ID", "US", "USA", "USD", 0.88);
    public static readonly DemoCity Charlotte = new("Charlotte", "NC", "US", "USA", "USD", 0.95);
    public static readonly DemoCity Philadelphia = new("Philadelphia", "PA", "US", "USA", "USD", 1.02);
    public static readonly DemoCity Minneapolis = new("Minneapolis", "MN", "US", "USA", "USD", 1.0);
    public static readonly DemoCity Memphis = new("Memphis", "TN", "US", "USA", "USD", 0.86);
    public static readonly DemoCity Louisville = new("Louisville", "KY", "US", "USA", "USD", 0.87);
    public static readonly DemoCity Indianapolis = new("Indianapolis", "IN", "US", "USA", "USD", 0.9);
    public static readonly DemoCity London = new("London", "England", "GB", "United Kingdom", "GBP", 0.62);
    public static readonly DemoCity Dublin = new("Dublin", "Leinster", "IE", "Ireland", "EUR", 0.7);
    public static readonly DemoCity Berlin = new("Berlin", "Berlin", "DE", "Germany", "EUR", 0.62);
    public static readonly DemoCity Toronto = new("Toronto", "ON", "CA", "Canada", "CAD", 1.0);

    /// <summary>The large AI lab; the demo always has it, with all five teams.</summary>
    public const string AiLabKey = "meridian";

    public static readonly IReadOnlyList<DemoEmployerPlan> Employers =
    [
        new(AiLabKey, "Meridian AI", "A frontier AI lab building large language models and the products, API and enterprise platform around them. Research, product, go-to-market and support work side by side.",
            "Artificial intelligence", "meridian-ai.example", 0.32, 0.25, 0.45,
            [
                new("Research", "Pre-training, alignment, interpretability and evaluation of frontier models.", ["ai-research-scientist", "research-engineer", "applied-scientist", "ml-engineer", "computer-vision-engineer"]),
                new("Product", "The assistant apps, the developer API and the infrastructure that serves them.", ["product-manager", "software-engineer", "backend-engineer", "frontend-engineer", "full-stack-engineer", "ai-engineer", "mlops-engineer", "site-reliability-engineer", "ux-designer", "data-scientist", "security-engineer", "technical-program-manager"]),
                new("Sales", "Bringing the platform to enterprises, from first call to signed contract.", ["enterprise-account-executive", "sales-development-representative", "sales-manager", "solutions-engineer", "customer-success-manager"]),
                new("Customer Support", "Helping users and API customers every hour of the day.", ["customer-support-specialist", "support-engineer", "technical-writer"]),
                new("Technical Ambassadors", "Engineers who teach, demo and build with customers and the developer community.", ["developer-advocate", "forward-deployed-engineer", "solutions-architect", "technical-account-manager"]),
            ],
            [SanFrancisco, NewYork, Seattle, London, Dublin]),
        new("stratus", "Stratus Compute", "Builds and runs hyperscale data centres and the cloud platform on top of them.", "Cloud and data centres", "stratus-compute.example", 0.16, 0.08, 0.12,
            [
                new("Data Centre Operations", "Keeping thousands of racks powered, cooled and connected.", ["data-center-technician", "critical-facilities-engineer", "data-center-operations-manager", "electrician", "hvac-technician", "fiber-optic-technician"]),
                new("Construction", "New campuses from groundbreaking to go-live.", ["data-center-construction-manager", "construction-project-manager", "electrical-engineer", "mechanical-engineer", "plumber"]),
                new("Cloud Platform", "Compute, storage and network services for customers.", ["cloud-architect", "site-reliability-engineer", "platform-engineer", "network-engineer", "devops-engineer", "systems-administrator"]),
            ],
            [Ashburn, Dallas, Phoenix, Columbus, Atlanta, Portland]),
        new("siliconforge", "Silicon Forge", "Designs AI accelerator chips and runs the supply chain that brings them to market.", "Semiconductors", "siliconforge.example", 0.13, 0.05, 0.2,
            [
                new("Silicon Engineering", "Architecture, RTL, verification and physical design.", ["asic-design-engineer", "verification-engineer", "physical-design-engineer", "hardware-engineer", "embedded-software-engineer"]),
                new("Manufacturing", "Process engineering with our foundry partners.", ["semiconductor-process-engineer", "electrical-engineer", "mechanical-engineer"]),
                new("Supply Chain", "Sourcing, planning and logistics for every part.", ["supply-chain-analyst", "procurement-manager", "logistics-coordinator", "operations-manager"]),
            ],
            [Austin, SanJose, Phoenix, Portland, Boise]),
        new("ledgerline", "Ledgerline", "A payments and banking platform for small businesses.", "Financial technology", "ledgerline.example", 0.14, 0.3, 0.4,
            [
                new("Engineering", "Payments, ledgers and the apps on top.", ["backend-engineer", "software-engineer", "mobile-engineer", "qa-engineer", "database-administrator", "security-engineer", "engineering-manager"]),
                new("Data", "Risk models, reporting and analytics.", ["data-engineer", "data-analyst", "analytics-engineer", "data-scientist"]),
                new("Finance and Legal", "Our own books, compliance and contracts.", ["accountant", "financial-analyst", "bookkeeper", "paralegal", "business-analyst"]),
                new("Customer Care", "Helping business owners with their accounts.", ["customer-support-specialist", "customer-success-manager"]),
            ],
            [NewYork, Chicago, Charlotte, London, Toronto]),
        new("harborview", "Harborview Health", "A network of community hospitals and clinics.", "Health care", "harborview-health.example", 0.13, 0.02, 0.05,
            [
                new("Nursing", "Inpatient, outpatient and emergency nursing.", ["registered-nurse", "licensed-practical-nurse", "medical-assistant"]),
                new("Hospital Operations", "Everything that keeps the hospitals running.", ["administrative-assistant", "it-support-specialist", "cook", "chef", "project-manager"]),
                new("Health Data", "Clinical analytics and reporting.", ["data-analyst", "business-analyst"]),
            ],
            [Boston, Philadelphia, Minneapolis, Denver]),
        new("northwind", "Northwind Logistics", "Regional freight, warehousing and retail distribution.", "Logistics and retail", "northwind-logistics.example", 0.07, 0.0, 0.05,
            [
                new("Fulfilment", "Warehouses and the trucks between them.", ["warehouse-associate", "truck-driver", "logistics-coordinator", "operations-manager"]),
                new("Stores", "Our retail outlets.", ["retail-salesperson", "sales-manager"]),
                new("Planning", "Demand forecasts and network design.", ["supply-chain-analyst", "data-analyst"]),
            ],
            [Memphis, Louisville, Columbus, Indianapolis]),
        new("brightpath", "Brightpath Learning", "Schools and an online learning platform for K-12.", "Education", "brightpath.example", 0.05, 0.3, 0.2,
            [
                new("Teaching", "Our own schools.", ["high-school-teacher", "elementary-school-teacher"]),
                new("Platform", "The learning app.", ["software-engineer", "frontend-engineer", "ux-designer", "graphic-designer"]),
                new("Growth", "Reaching families and districts.", ["marketing-manager", "recruiter", "hr-business-partner"]),
            ],
            [Chicago, Denver, Austin, Berlin]),
    ];

    /// <summary>Employers of the seekers' past roles: fictional names, none of them a demo employer.</summary>
    public static readonly string[] PastEmployers =
    [
        "Contoso", "Fabrikam", "Tailspin Toys", "Litware", "Adventure Works", "Wide World Importers", "Alpine Ski House", "Coho Winery", "Proseware",
        "Lucerne Publishing", "Margie's Travel", "Trey Research", "Woodgrove Bank", "Blue Yonder Airlines", "Fourth Coffee", "Graphic Design Institute",
        "Humongous Insurance", "Northwind Traders", "Southridge Video", "Wingtip Toys", "Relecloud", "Consolidated Messenger", "VanArsdel", "Bellows College Hospital",
        "Datum Corporation", "Best For You Organics", "First Up Consultants", "Nod Publishers", "Boulder Innovations", "City Power & Light",
    ];

    public static readonly string[] Universities =
    [
        "Lakeside University", "Bellows College", "Riverside State University", "Northbridge Institute of Technology", "Westfield University",
        "Harborside College", "Summit State University", "Eastlake Polytechnic", "Greenfield University", "Pinecrest Community College",
    ];

    public static readonly string[] FirstNames =
    [
        "Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Maria", "Wei", "Priya", "Ahmed", "Olga", "Kenji",
        "Fatima", "Lucas", "Sofia", "Noah", "Emma", "Liam", "Olivia", "Mateo", "Aisha", "Daniel", "Grace", "Hiro", "Ines", "Jonas", "Leila", "Marco",
        "Nadia", "Omar", "Paula", "Ravi", "Sara", "Tomas", "Uma", "Victor", "Yara", "Zoe", "Ben", "Chloe", "Diego", "Elena", "Felix", "Hannah",
    ];

    public static readonly string[] LastNames =
    [
        "Garcia", "Nguyen", "Smith", "Patel", "Kim", "Johnson", "Müller", "Rossi", "Silva", "Chen", "Okafor", "Novak", "Khan", "Brown", "Lopez",
        "Tanaka", "Cohen", "Dubois", "Ivanova", "Jensen", "Larsen", "Martin", "O'Brien", "Park", "Reyes", "Schmidt", "Torres", "Walker", "Yilmaz", "Zhang",
        "Anderson", "Bianchi", "Costa", "Diaz", "Evans", "Fischer", "Haddad", "Ito", "Kowalski", "Mensah",
    ];
}
