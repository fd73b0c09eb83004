"""Stand-alone sample documents (PDF, DOCX, text, source code). Fictional companies and products;
written for the pre-check evaluation. Expected outcomes are in `manifest.yaml`."""

from __future__ import annotations

from collections.abc import Callable

from evals.samples.build import docx, pdf

GAN_TRAVELLER = [
    [
        "# Process traveller PT-77: GaN-on-SiC MMIC power amplifier, W-band",
        "Northgate Microwave Ltd. Company confidential. Revision C.",
        "Scope: front-end wafer processing of the NG-94 power amplifier MMIC. The amplifier operates at 95 GHz "
        "and delivers 1.2 W saturated output power from a 20 V drain supply.",
        "Step 12 - Gate lithography: electron-beam write of a 100 nm T-gate in a bilayer resist; develop 45 s. "
        "Gate length tolerance +/- 5 nm; reject wafers outside the window.",
        "Step 13 - Gate recess etch: Cl2/BCl3 chemistry at 5 mTorr chamber pressure, 20 sccm Cl2, etch rate "
        "8 nm/min, endpoint by optical emission. Anneal at 400 °C for 60 s in nitrogen.",
    ],
    [
        "Step 18 - Field plate and passivation: 80 nm SiN deposition at 300 °C; deposition rate 12 nm/min.",
        "Step 24 - Backside via etch through 75 µm SiC; via yield data are logged in the lot record.",
        "Process window and acceptance: on-wafer test at 95 GHz; pass/fail criteria in test procedure TP-77-3.",
    ],
]

WIFI_BROCHURE = [[
    "# AirLink W2 Wi-Fi module - product brochure",
    "Key features: dual-band Wi-Fi at 2.4 GHz and 5 GHz, Bluetooth LE 5.3, tiny 12 x 15 mm footprint.",
    "Ideal for smart plugs, lighting and home appliances. Industry-leading low power in standby.",
    "Ordering information: AW2-STD (standard), AW2-EXT (external antenna). Contact our sales team to request "
    "a quote or a demo kit.",
]]

BLADE_CASTING = [
    "# Work instruction WI-311: single-crystal HP turbine blade casting",
    "Harlow Aero Castings. Internal use only.",
    "1. Mould preheat: hold the ceramic shell mould at 1,500 °C for 30 minutes before pouring.",
    "2. Pouring temperature 1,560 °C; withdrawal rate 3.5 mm/min through the baffle to grow a single crystal "
    "with the <001> orientation within 8 degrees.",
    "3. Core leaching: caustic autoclave cycle, then inspect cooling passages. Cooling holes are laser "
    "drilled at 0.3 mm diameter; hole area 0.07 mm² at 20° incidence.",
    "4. Heat treatment: solution cycle per schedule HT-9; stress-rupture life target 450 hours at the test "
    "condition of the blade specification, for uncooled blades at gas path temperatures of 1,150 °C.",
]
BLADE_TABLE = [[["Parameter", "Value", "Tolerance"], ["Withdrawal rate", "3.5 mm/min", "± 0.2"],
                ["Mould preheat", "1,500 °C", "± 10"], ["Grain orientation", "<001>", "8°"]]]  # fmt: skip

JOURNAL = [
    [
        "# Trap-limited drain lag in W-band GaN HEMTs",
        "A. Moreau, K. Tanaka and L. Osei. IEEE Transactions on Electron Devices, Vol. 71, No. 4, pp. 2101-2108, "
        "2024. doi:10.1109/TED.2024.0000001. Published online 12 March 2024; open access under CC BY 4.0.",
        "Abstract - We study the physics of drain lag in AlGaN/GaN high electron mobility transistors operated at "
        "W-band. Pulsed measurements show that surface traps dominate the transient; a simple model reproduces "
        "the measured recovery times.",
    ],
    ["Our results agree with earlier published work and suggest further studies of passivation chemistry."],
]

RADAR_BROCHURE = [[
    "# CoastWatch 400 coastal surveillance radar - brochure",
    "CoastWatch 400 gives harbour authorities a clear picture of vessel traffic in all weather.",
    "Key features: 360° coverage, automatic target tracking, integration with AIS and VTS software.",
    "A general description of the system: a rotating antenna, a solid-state transmitter and an operator "
    "console. Ideal for ports, offshore platforms and coast guards. Contact our sales team for a demo.",
]]

CRYPTO_FIRMWARE = """/*
 * satmodem-keywrap.c - key wrapping for the SM-8 satellite modem firmware.
 * Proprietary - Orbital Link Systems. Not for distribution.
 */
#include <stdint.h>
#include "aes256.h"

#define KEY_BITS 256

/* Wrap a 256-bit session key with the device key (AES-256 key wrap, constant time). */
int keywrap_encrypt(const uint8_t *kek, const uint8_t *key, uint8_t *out)
{
    aes256_ctx ctx;
    aes256_init(&ctx, kek);
    for (int j = 0; j < 6; j++) {
        /* six rounds over the 64-bit blocks, as in the key-wrap construction */
        aes256_encrypt_block(&ctx, out);
    }
    return 0;
}

/* Encryption of the user data link: the modem encrypts all traffic with AES-256-GCM and
   rotates keys every hour; the cryptographic functions are not limited to authentication. */
"""

CSV_UTILS = '''"""csvtools - small helpers for reading CSV files.

Copyright 2023 the csvtools authors. MIT licence. Published on GitHub and PyPI; publicly available.
"""
import csv


def read_rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def column(rows, name):
    return [row[name] for row in rows]
'''

IMU_REPORT = [
    "# Qualification test report QTR-5: IMU-900 inertial measurement unit",
    "Veltro Navigation GmbH. Test procedure TP-5 rev B, test bench 3.",
    "Test setup: rate table, thermal chamber from -40 °C to 71 °C, vibration 12 g rms.",
    "Measured results: gyro bias stability 0.004 deg/h (Allan variance), angle random walk 0.002 deg/rt-h, "
    "accelerometer bias stability 15 µg, scale factor error 20 ppm over temperature.",
    "Calibration procedure: six-position tumble, then coil winding compensation terms are loaded to the unit.",
]
IMU_TABLE = [[["Test", "Condition", "Result", "Pass/fail"], ["Gyro bias", "25 °C", "0.004 deg/h", "pass"],
              ["Scale factor", "-40 to 71 °C", "20 ppm", "pass"]]]  # fmt: skip

SEEKER_SLIDES = [
    ["# IR seeker design review", "ITAR CONTROLLED - USML Category XII(f) technical data", "Programme SK-4, review 2"],
    ["# Focal plane array", "- 640 x 512 cooled MWIR focal plane array, 15 µm pitch",
     "- Readout integration time 2 ms; NETD 20 mK", "- Design margins for the gimbal control laws"],
    ["# Next steps", "- Tolerance stack-up on the dome mount", "- Test plan for the tracking loop"],
]

EAR99_MANUAL = [
    ["# PS-30 benchtop power supply - user manual", "Export classification: EAR99.",
     "Operation: connect the load, set the voltage with the front knob, then press OUTPUT.",
     "The supply provides 0 to 30 V and up to 5 A. Safety: do not block the ventilation slots."],
]

DIST_A_REPORT = [
    ["# Field repair of composite laminate panels: a survey",
     "Distribution Statement A. Approved for public release; distribution is unlimited.",
     "This report surveys published repair practice for carbon fibre and epoxy laminate panels, including "
     "scarf repairs and bonded patches, as found in manufacturers' repair manuals for civil aircraft."],
]

DIST_D_DRAWING = [
    ["# Drawing 4471-12: fin actuator housing, missile control section",
     "Distribution Statement D. Distribution authorized to the Department of Defense and U.S. DoD contractors only.",
     "WARNING - This document contains technical data whose export is restricted by the Arms Export Control Act. "
     "Subject to the International Traffic in Arms Regulations (ITAR), USML Category IV.",
     "Material: 7075-T73 aluminium. All dimensions in mm; general tolerance ± 0.05. Surface finish Ra 0.8 on bores.",
     "Detail drawing notes: the actuator housing carries the thrust vector control servo of the missile."],
]

EU_LASER = [
    "# Development notes: fibre laser amplifier stage LX-2",
    "Lumentec Photonik GmbH, Jena. EU dual-use: Annex I 6E001 - development technology.",
    "Design data: the amplifier stage uses a 30 µm core Yb-doped fibre; pump at 976 nm, 1.5 kW average output "
    "power, M² below 1.2. Design rationale for the mode-field adaptor and the thermal layout follows.",
    "Test results: slope efficiency 82 %, measured at 20 °C coolant temperature.",
]

ARXIV = """# Lattice surgery with biased-noise qubits

arXiv:2405.01234v2 [quant-ph] — preprint, publicly available.

We describe basic research on error-corrected logical operations for qubits whose noise is biased towards
dephasing. The analysis uses standard stabilizer formalism, as commonly taught in graduate courses, and
numerical simulation of small code distances. Results will be submitted to a journal; the preprint is open access.
"""

PATENT = """United States Patent US 10,123,456 B2
Title: Turbine blade with shaped film cooling holes

Abstract. A turbine airfoil has film cooling holes whose diffuser section spreads the coolant over the
surface. The holes are formed by laser drilling and have an exit area several times the metering area.
The patent was published and granted; the claims describe the hole geometry in general terms.
"""

LECTURE = """# Lecture 3: the radar equation (introductory course)

These lecture notes introduce the basic principles of radar: the received power falls with the fourth
power of range, the antenna gain concentrates energy, and the target's radar cross section sets how much is
reflected. This is textbook material, commonly taught in undergraduate electrical engineering.

Exercise: compute the maximum detection range for a 1 kW transmitter and a 30 dB antenna.
"""

COATING_CP1252 = """Thermal barrier coating recipe TBC-5 - internal use only

Plasma spray of MCrAlY bond coat on single-crystal superalloy blades:
- Substrate preheat 150 °C; grit blast to Ra 4 µm.
- Spray distance 110 mm ± 5 mm, argon/hydrogen plasma, powder feed 40 g/min.
- Bond coat thickness 150 µm; ceramic top coat of yttria-stabilised zirconia, 300 µm.
Process parameters are recorded per lot; the recipe is the coating shop's work instruction.
"""

HPC_DESIGN = [
    "# Design specification: Meridian-3 supercomputer",
    "Bright Analytics Inc. Proprietary.",
    "System design: 2,048 accelerator nodes; the Adjusted Peak Performance is 35 Weighted TeraFLOPS. "
    "Design rationale for the interconnect topology, cooling layout and the node bill of materials follows.",
    "Aggregation: processors are aggregated over a 400 Gbit/s fabric; the BOM lists the switch ASICs.",
]

MACHINE_TOOL = [
    ["# Five-axis machining centre MC-5: volumetric compensation",
     "Rotek Machine Works. Confidential.",
     "Compensation tables for the rotary axes are generated from laser tracker measurements; positioning "
     "accuracy after compensation is 1.5 µm along each linear axis and 2 arcsec on the rotary axes.",
     "Design notes: spindle 24,000 rpm; thermal drift model coefficients are in table 4."],
]

DRAFT_SLIDES = [
    ["# Company overview (draft)", "Pell & Hart Engineering at a glance", "- Founded 1998, 240 staff, three sites"],
    ["# Our markets", "- Rail, energy, water utilities", "- A general description of our services: consulting, "
     "project management, training"],
]

EAR99_CONFLICT = [
    "# Datasheet and process notes: NG-95 power amplifier",
    "Export classification: EAR99.",
    "The NG-95 MMIC operates at 95 GHz with 1 W saturated output.",
    "Process notes: gate recess etch recipe with Cl2/BCl3 at 5 mTorr; gate length tolerance ± 5 nm.",
]

MINUTES = [
    "# Project Harbour - monthly status meeting",
    "Attendees: the project team. Agenda: schedule, budget, staffing.",
    "Schedule: phase 2 is two weeks late because of a supplier delay. Budget: on track.",
    "Actions: book the meeting room for the next review; circulate the holiday calendar.",
]


SAMPLES: dict[str, Callable[[], bytes]] = {
    "gan-mmic-traveller.pdf": lambda: pdf(GAN_TRAVELLER),
    "wifi-module-brochure.pdf": lambda: pdf(WIFI_BROCHURE),
    "turbine-blade-casting.docx": lambda: docx(BLADE_CASTING, BLADE_TABLE),
    "journal-paper-gan-hemt.pdf": lambda: pdf(JOURNAL),
    "radar-brochure.pdf": lambda: pdf(RADAR_BROCHURE),
    "satmodem-keywrap.c": lambda: CRYPTO_FIRMWARE.encode(),
    "csvtools.py": lambda: CSV_UTILS.encode(),
    "imu-test-report.docx": lambda: docx(IMU_REPORT, IMU_TABLE),
    "seeker-design-review.pdf": lambda: pdf(SEEKER_SLIDES, landscape=True, header="ITAR CONTROLLED"),
    "power-supply-manual.pdf": lambda: pdf(EAR99_MANUAL),
    "composite-repair-survey.pdf": lambda: pdf(DIST_A_REPORT),
    "fin-actuator-drawing.pdf": lambda: pdf(DIST_D_DRAWING),
    "fibre-laser-notes.docx": lambda: docx(EU_LASER, footer="EU dual-use item - Regulation (EU) 2021/821"),
    "lattice-surgery-preprint.md": lambda: ARXIV.encode(),
    "patent-cooling-holes.txt": lambda: PATENT.encode(),
    "radar-lecture-notes.md": lambda: LECTURE.encode(),
    "tbc-coating-recipe.txt": lambda: COATING_CP1252.encode("cp1252"),
    "hpc-design-spec.docx": lambda: docx(HPC_DESIGN),
    "machining-centre-compensation.pdf": lambda: pdf(MACHINE_TOOL),
    "company-overview-slides.pdf": lambda: pdf(DRAFT_SLIDES, landscape=True),
    "ng95-datasheet-ear99.docx": lambda: docx(EAR99_CONFLICT),
    "status-minutes.docx": lambda: docx(MINUTES),
}
